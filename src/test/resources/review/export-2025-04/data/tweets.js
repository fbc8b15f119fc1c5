window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904789012345678909"
          ],
          "editableUntil" : "2025-03-26T13:00:00.000Z",
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
        "56"
      ],
      "favorite_count" : "0",
      "id_str" : "1904789012345678909",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904789012345678909",
      "created_at" : "Wed Mar 26 12:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Spring hours start April 1: open until 7pm on Thursdays.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1890863412345678907"
          ],
          "editableUntil" : "2025-02-15T18:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jordan Reyes",
            "screen_name" : "jreyes_fixture",
            "indices" : [
              "10",
              "25"
            ],
            "id_str" : "2233445566778899001",
            "id" : "2233445566778899001"
          },
          {
            "name" : "Pat Lindqvist",
            "screen_name" : "plind_fixture",
            "indices" : [
              "30",
              "44"
            ],
            "id_str" : "2233445566778899002",
            "id" : "2233445566778899002"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "0",
      "id_str" : "1890863412345678907",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1890863412345678907",
      "created_at" : "Sat Feb 15 17:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Thank you @jreyes_fixture and @plind_fixture for helping at the Saturday book drive!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1888660012345678908"
          ],
          "editableUntil" : "2025-02-09T16:30:00.000Z",
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
        "78"
      ],
      "favorite_count" : "0",
      "id_str" : "1888660012345678908",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1888660012345678908",
      "created_at" : "Sun Feb 09 15:30:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The office is closed Monday for the holiday &amp; the nurse line is open as usual.",
      "lang" : "en"
    }
  }
]