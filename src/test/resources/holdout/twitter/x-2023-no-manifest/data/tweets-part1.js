window.YTD.tweets.part1 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1663545797637046788"
          ],
          "editableUntil" : "2023-05-30T15:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "2",
            "indices" : [
              "20",
              "22"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "3",
      "id_str" : "1663545797637046788",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1663545797637046788",
      "created_at" : "Tue May 30 14:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Personal news: baby #2 arriving in November! Grateful for my amazing OB and for the coffee I'm not allowed to drink ☕️🤰",
      "lang" : "en"
    }
  }
]