Grailbird.data.tweets_2014_01 = 
 [ {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [  ],
    "media" : [  ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "424300000000000001",
  "text" : "Clinic closed Monday for MLK Day. Happy long weekend!",
  "id" : 424300000000000001,
  "created_at" : "2014-01-17 22:00:00 +0000",
  "user" : {
    "name" : "Dr. Nora Vance",
    "screen_name" : "DrNoraVance",
    "protected" : false,
    "id_str" : "1029384756102938475",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/000000000000000000\/fixture_normal.jpg",
    "id" : 1029384756102938475,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [  ],
    "media" : [  ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "424300000000000002",
  "text" : "This tweet was damaged
by a bad copy.",
  "id" : 424300000000000002,
  "created_at" : "2014-01-20 09:00:00 +0000",
  "user" : {
    "name" : "Dr. Nora Vance",
    "screen_name" : "DrNoraVance",
    "protected" : false,
    "id_str" : "1029384756102938475",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/000000000000000000\/fixture_normal.jpg",
    "id" : 1029384756102938475,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Casey Fixture",
      "screen_name" : "casey_fixture",
      "indices" : [ 0, 14 ],
      "id_str" : "1188776655443322110",
      "id" : 1188776655443322110
    } ],
    "media" : [  ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "424299999999999999",
  "geo" : { },
  "id_str" : "424300000000000003",
  "in_reply_to_user_id" : 1188776655443322110,
  "text" : "@casey_fixture Sorry to hear Jordan's ear still hurts &amp; he's feverish, please call the office so we can see him.",
  "id" : 424300000000000003,
  "in_reply_to_status_id" : 424299999999999999,
  "created_at" : "2014-01-21 18:45:10 +0000",
  "in_reply_to_screen_name" : "casey_fixture",
  "in_reply_to_user_id_str" : "1188776655443322110",
  "user" : {
    "name" : "Dr. Nora Vance",
    "screen_name" : "DrNoraVance",
    "protected" : false,
    "id_str" : "1029384756102938475",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/000000000000000000\/fixture_normal.jpg",
    "id" : 1029384756102938475,
    "verified" : false
  }
} ]