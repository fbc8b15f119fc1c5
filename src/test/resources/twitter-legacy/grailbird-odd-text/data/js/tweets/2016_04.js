Grailbird.data.tweets_2016_04 = 
 [ {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [  ],
    "media" : [  ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "720000000000000002",
  "text" : { "full" : "@casey_fixture sorry Jordan has a fever again, call us" },
  "id" : 720000000000000002,
  "created_at" : "2016-04-14 17:00:00 +0000",
  "user" : {
    "name" : "Dr. Nora Vance",
    "screen_name" : "DrNoraVance",
    "protected" : false,
    "id_str" : "1029384756102938475",
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
  "id_str" : "720000000000000001",
  "text" : "Spring allergy season: keep windows closed on high-pollen days.",
  "id" : 720000000000000001,
  "created_at" : "2016-04-12 09:00:00 +0000",
  "user" : {
    "name" : "Dr. Nora Vance",
    "screen_name" : "DrNoraVance",
    "protected" : false,
    "id_str" : "1029384756102938475",
    "id" : 1029384756102938475,
    "verified" : false
  }
} ]