window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1664240374381582623"
          ],
          "editableUntil" : "2023-06-01T13:00:00.000Z",
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
        "42"
      ],
      "favorite_count" : "0",
      "id_str" : "1664240374381582623",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1664240374381582623",
      "created_at" : "Thu Jun 01 12:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Summer hours: open until 7pm on Thursdays.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1656954868332326789"
          ],
          "editableUntil" : "2023-05-12T10:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Casey Fixture",
            "screen_name" : "casey_fixture",
            "indices" : [
              "10",
              "24"
            ],
            "id_str" : "1188776655443322110",
            "id" : "1188776655443322110"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "0",
      "id_str" : "1656954868332326789",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1656954868332326789",
      "created_at" : "Fri May 12 09:30:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Thank you @casey_fixture for the flowers!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1631682089582588336"
          ],
          "editableUntil" : "2023-03-03T16:45:00.000Z",
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
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "1631682089582588336",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1631682089582588336",
      "created_at" : "Fri Mar 03 15:45:00 +0000 2023",
      "favorited" : false,
      "full_text" : "New parking lot is open.",
      "lang" : "en"
    }
  }
]