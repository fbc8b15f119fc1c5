window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1754837340782167743"
          ],
          "editableUntil" : "2024-02-06T13:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
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
        "9"
      ],
      "favorite_count" : "0",
      "id_str" : "1754837340782167743",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1754837340782167743",
      "created_at" : "Tue Feb 06 12:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Post one.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1754474952917525402"
          ],
          "editableUntil" : "2024-02-05T13:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
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
        "20"
      ],
      "favorite_count" : "0",
      "id_str" : "1754474952917525402",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1754474952917525402",
      "created_at" : "Mon Feb 05 12:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Post two &amp; more.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1754112565050603497"
          ],
          "editableUntil" : "2024-02-04T13:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
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
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "1754112565050603497",
      "truncated" : false,
      "retweet_count" : "0"
      "id" : "1754112565050603497",
      "created_at" : "Sun Feb 04 12:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Post three is the broken one.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1753750177182658539"
          ],
          "editableUntil" : "2024-02-03T13:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
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
        "10"
      ],
      "favorite_count" : "0",
      "id_str" : "1753750177182658539",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1753750177182658539",
      "created_at" : "Sat Feb 03 12:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Post four.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1753387789317856745"
          ],
          "editableUntil" : "2024-02-02T13:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
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
        "10"
      ],
      "favorite_count" : "0",
      "id_str" : "1753387789317856745",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1753387789317856745",
      "created_at" : "Fri Feb 02 12:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Post five.",
      "lang" : "en"
    }
  }
]