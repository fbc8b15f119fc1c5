Grailbird.data.tweets_2015_06 = 
 [ {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [  ],
    "media" : [  ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "610000000000000001",
  "text" : "Sunscreen reminder for the summer: SPF 30, reapply every 2 hours.",
  "id" : 610000000000000001,
  "created_at" : "2015-06-12 15:00:00 +0000",
  "user" : {
    "name" : "Dr. Nora Vance",
    "screen_name" : "DrNoraVance",
    "protected" : false,
    "id_str" : "1029384756102938475",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/1\/nv_normal.jpg",
    "id" : 1029384756102938475,
    "verified" : false
  }
} ]