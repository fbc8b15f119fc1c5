window.YTD.tweet.part0 = [ {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "49" ],
    "favorite_count" : "0",
    "id_str" : "1410297077563409042",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1410297077563409042",
    "created_at" : "Wed Jun 30 18:00:00 +0000 2021",
    "favorited" : false,
    "full_text" : "Staff picnic moved indoors, see you in the lobby.",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Casey Fixture",
        "screen_name" : "casey_fixture",
        "indices" : [ "0", "14" ],
        "id_str" : "1188776655443322110",
        "id" : "1188776655443322110"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "39" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "1385201717870717848",
    "id_str" : "1385220592237473623",
    "in_reply_to_user_id" : "1188776655443322110",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1385220592237473623",
    "in_reply_to_status_id" : "1385201717870717848",
    "created_at" : "Thu Apr 22 13:15:00 +0000 2021",
    "favorited" : false,
    "full_text" : "@casey_fixture Congrats on the new job!",
    "lang" : "en",
    "in_reply_to_screen_name" : "casey_fixture",
    "in_reply_to_user_id_str" : "1188776655443322110"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "24" ],
    "favorite_count" : "0",
    "id_str" : "1359404231687736913",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1359404231687736913",
    "created_at" : "Wed Feb 10 07:30:00 +0000 2021",
    "favorited" : false,
    "full_text" : "Snow day, office closed.",
    "lang" : "en"
  }
} ]