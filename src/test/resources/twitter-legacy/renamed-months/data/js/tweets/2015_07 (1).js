Grailbird.data.tweets_2015_07 = 
 [ {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [  ],
    "media" : [  ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "620000000000000001",
  "text" : "Camp physicals: book by July 20th.",
  "id" : 620000000000000001,
  "created_at" : "2015-07-08 16:30:00 +0000",
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