window.YTD.tweet.part0 = [ {
  "retweeted" : false,
  "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
  "entities" : {
    "hashtags" : [ ],
    "symbols" : [ ],
    "user_mentions" : [ {
      "name" : "Casey Fixture",
      "screen_name" : "casey_fixture",
      "indices" : [ "34", "48" ],
      "id_str" : "1188776655443322110",
      "id" : "1188776655443322110"
    } ],
    "urls" : [ ]
  },
  "display_text_range" : [ "0", "64" ],
  "favorite_count" : "0",
  "id_str" : "1130503446330553175",
  "truncated" : false,
  "retweet_count" : "0",
  "id" : "1130503446330553175",
  "created_at" : "Mon May 20 16:00:00 +0000 2019",
  "favorited" : false,
  "full_text" : "Clinic picnic was a blast. Thanks @casey_fixture &amp; everyone!",
  "lang" : "en"
}, {
  "retweeted" : false,
  "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
  "display_text_range" : [ "0", "38" ],
  "favorite_count" : "0",
  "in_reply_to_status_id_str" : "1106112729708187000",
  "id_str" : "1106117762872582111",
  "in_reply_to_user_id" : "1188776655443322110",
  "truncated" : false,
  "retweet_count" : "0",
  "id" : "1106117762872582111",
  "in_reply_to_status_id" : "1106112729708187000",
  "created_at" : "Thu Mar 14 09:00:00 +0000 2019",
  "favorited" : false,
  "full_text" : "@casey_fixture Happy Pi Day to you too",
  "lang" : "en",
  "in_reply_to_screen_name" : "casey_fixture",
  "in_reply_to_user_id_str" : "1188776655443322110"
}, {
  "retweeted" : false,
  "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
  "entities" : {
    "hashtags" : [ ],
    "symbols" : [ ],
    "user_mentions" : [ ],
    "urls" : [ ]
  },
  "display_text_range" : [ "0", "25" ],
  "favorite_count" : "0",
  "id_str" : "1080403323912567260",
  "truncated" : false,
  "retweet_count" : "0",
  "id" : "1080403323912567260",
  "created_at" : "Wed Jan 02 10:00:00 +0000 2019",
  "favorited" : false,
  "full_text" : "Back in the office today.",
  "lang" : "en"
} ]