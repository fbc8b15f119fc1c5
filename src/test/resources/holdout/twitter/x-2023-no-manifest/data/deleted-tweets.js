window.YTD.deleted_tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1691586817029046791"
          ],
          "editableUntil" : "2023-08-16T00:05:00.000Z",
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
            "name" : "Tony Moretti",
            "screen_name" : "tony_builds",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "3011223344",
            "id" : "3011223344"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "3",
      "id_str" : "1691586817029046791",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1691586817029046791",
      "created_at" : "Tue Aug 15 23:05:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@tony_builds Tony, no, don't double up the amlodipine. Just take today's dose and call the office if your BP is over 180.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1691500000000000031",
      "in_reply_to_status_id" : "1691500000000000031",
      "in_reply_to_user_id" : "3011223344",
      "in_reply_to_screen_name" : "tony_builds",
      "in_reply_to_user_id_str" : "3011223344",
      "deleted_at" : "Wed Aug 16 01:05:00 +0000 2023"
    }
  }
]