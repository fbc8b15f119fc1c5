window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1819312181871264635"
          ],
          "editableUntil" : "2024-08-02T11:00:00.000Z",
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
        "17"
      ],
      "favorite_count" : "0",
      "id_str" : "1819312181871264635",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1819312181871264635",
      "created_at" : "Fri Aug 02 10:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Line one\nLine two",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1818949794003826149"
          ],
          "editableUntil" : "2024-08-01T11:00:00.000Z",
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
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "1818949794003826149",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1818949794003826149",
      "created_at" : "Thu Aug 01 10:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Hand-made file, last tweet.",
      "lang" : "en"
    }
  }
];
