window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1684242171294646790"
          ],
          "editableUntil" : "2023-07-26T17:40:00.000Z",
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
            "name" : "Craig Fulton",
            "screen_name" : "craigf_dad",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1700112233445566778",
            "id" : "1700112233445566778"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "3",
      "id_str" : "1684242171294646790",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1684242171294646790",
      "created_at" : "Wed Jul 26 16:40:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@craigf_dad Great to see Lily today! Her labs should be back Friday and we'll call you about the bone age x-ray.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1684300000000000021",
      "in_reply_to_status_id" : "1684300000000000021",
      "in_reply_to_user_id" : "1700112233445566778",
      "in_reply_to_screen_name" : "craigf_dad",
      "in_reply_to_user_id_str" : "1700112233445566778"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1673028280120246789"
          ],
          "editableUntil" : "2023-06-25T19:00:00.000Z",
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
        "132"
      ],
      "favorite_count" : "3",
      "id_str" : "1673028280120246789",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1673028280120246789",
      "created_at" : "Sun Jun 25 18:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "A famous singer sharing her lupus diagnosis publicly will help so many patients feel seen. Autoimmune disease is so often invisible."
    }
  }
]