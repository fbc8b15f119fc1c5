window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "0",
      "id_str" : "1050118621198921728",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1050118621198921728",
      "created_at" : "Wed Oct 10 20:19:24 +0000 2018",
      "favorited" : false,
      "full_text" : "Flu clinic Saturday, as X writes the date.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "0",
      "id_str" : "1050118621198921729",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1050118621198921729",
      "created_at" : "Thu Oct 10 20:19:24 +0000 2018",
      "favorited" : false,
      "full_text" : "A day name that is not the date's: Thursday, on Wednesday the 10th.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "0",
      "id_str" : "1050118621198921730",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1050118621198921730",
      "created_at" : "2018-10-10T20:19:24.000Z",
      "favorited" : false,
      "full_text" : "A date rewritten as ISO-8601 by a tool.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "1050118621198921731",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1050118621198921731",
      "created_at" : "Wed Oct 32 20:19:24 +0000 2018",
      "favorited" : false,
      "full_text" : "October 32nd does not exist.",
      "lang" : "en"
    }
  }
]