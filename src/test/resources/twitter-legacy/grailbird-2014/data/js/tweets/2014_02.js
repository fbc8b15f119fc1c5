Grailbird.data.tweets_2014_02 = 
 [ {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ { "name" : "County Health", "screen_name" : "CountyHealthFx", "indices" : [ 3, 18 ], "id_str" : "555000111", "id" : 555000111 } ],
    "media" : [  ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "432100000000000001",
  "text" : "RT @CountyHealthFx: Flu activity is high across most of the country. It's not too late to get vaccinated.",
  "retweeted_status" : {
    "source" : "web",
    "entities" : { "user_mentions" : [ ], "media" : [ ], "hashtags" : [ ], "urls" : [ ] },
    "geo" : { },
    "id_str" : "430000000000000000",
    "text" : "Flu activity is high across most of the country. It's not too late to get vaccinated.",
    "id" : 430000000000000000,
    "created_at" : "2014-02-05 14:00:00 +0000",
    "user" : { "name" : "County Health", "screen_name" : "CountyHealthFx", "protected" : false, "id_str" : "555000111", "id" : 555000111, "verified" : true }
  },
  "id" : 432100000000000001,
  "created_at" : "2014-02-06 10:12:00 +0000",
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
    "media" : [ {
      "expanded_url" : "https:\/\/twitter.com\/DrNoraVance\/status\/432100000000000002\/photo\/1",
      "indices" : [ 33, 55 ],
      "url" : "http:\/\/t.co\/muralFx01",
      "media_url" : "http:\/\/pbs.twimg.com\/media\/Fixture01.jpg",
      "id_str" : "432100000000000009",
      "id" : 432100000000000009,
      "media_url_https" : "https:\/\/pbs.twimg.com\/media\/Fixture01.jpg",
      "sizes" : [ { "h" : 600, "resize" : "fit", "w" : 600 } ],
      "display_url" : "pic.twitter.com\/muralFx01"
    } ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "432100000000000002",
  "text" : "Our new waiting room mural! \u2764 http:\/\/t.co\/muralFx01",
  "id" : 432100000000000002,
  "created_at" : "2014-02-07 16:30:00 +0000",
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