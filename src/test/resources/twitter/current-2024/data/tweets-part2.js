window.YTD.tweets.part2 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1745000020181649012"
          ],
          "editableUntil" : "2024-01-10T09:30:00.000Z",
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
      "id_str" : "1745000020181649012",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1745000020181649012",
      "created_at" : "Wed Jan 10 08:30:00 +0000 2024",
      "favorited" : false,
      "full_text" : "First post of the year. Happy 2024!",
      "lang" : "en"
    }
  }
]