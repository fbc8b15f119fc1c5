window.YTD.tweets.part1 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610957073021938810"
          ],
          "editableUntil" : "2023-01-05T12:11:11.000Z",
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
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "1610957073021938810",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610957073021938810",
      "created_at" : "Thu Jan 05 11:11:11 +0000 2023",
      "favorited" : false,
      "full_text" : "Happy new year from the whole team.",
      "lang" : "en"
    }
  }
]