window.YTD.tweets.part1 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1779817063512132657"
          ],
          "editableUntil" : "2024-04-15T11:20:30.000Z",
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
        "40"
      ],
      "favorite_count" : "0",
      "id_str" : "1779817063512132657",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1779817063512132657",
      "created_at" : "Mon Apr 15 10:20:30 +0000 2024",
      "favorited" : false,
      "full_text" : "Office closed Monday for staff training.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1766071364615961832"
          ],
          "editableUntil" : "2024-03-08T13:00:00.000Z",
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
        "51"
      ],
      "favorite_count" : "0",
      "id_str" : "1766071364615961832",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1766071364615961832",
      "created_at" : "Fri Mar 08 12:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Spring hours start next week &amp; parking is free.",
      "lang" : "en"
    }
  }
]