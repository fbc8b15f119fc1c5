window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1890506297963447479"
          ],
          "editableUntil" : "2025-02-14T22:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "3",
      "id_str" : "1890506297963447479",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1890506297963447479",
      "created_at" : "Fri Feb 14 21:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "My daughter got her first vaccines today and I cried more than she did 😭",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1888649060152247478"
          ],
          "editableUntil" : "2025-02-09T19:00:00.000Z",
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
            "name" : "Wanda Pierce",
            "screen_name" : "wanda_bakes",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1766778899001122334",
            "id" : "1766778899001122334"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "3",
      "id_str" : "1888649060152247478",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1888649060152247478",
      "created_at" : "Sun Feb 09 18:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@wanda_bakes Wanda, keep your feet up and cut back on salt this week. Call me Friday with your weights.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1888500000000000051",
      "in_reply_to_status_id" : "1888500000000000051",
      "in_reply_to_user_id" : "1766778899001122334",
      "in_reply_to_screen_name" : "wanda_bakes",
      "in_reply_to_user_id_str" : "1766778899001122334"
    }
  }
]