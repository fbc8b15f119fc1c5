window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1770374720519216564"
          ],
          "editableUntil" : "2024-03-20T10:00:00.000Z",
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
        "11"
      ],
      "favorite_count" : "0",
      "id_str" : "1770374720519216564",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1770374720519216564",
      "created_at" : "Wed Mar 20 09:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Alpha post.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1770012332654322157"
          ],
          "editableUntil" : "2024-03-19T10:00:00.000Z",
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
        "10"
      ],
      "favorite_count" : "0",
      "id_str" : "1770012332654322157",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1770012332654322157",
      "created_at" : "Tue Mar 19 09:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Beta post.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1769649944789014913"
          ],
          "editableUntil" : "2024-03-18T10:00:00.000Z",
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
        "52"
      ],
      "favorite_count" : "0",
      "id_str" : "1769649944789014913",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1769649944789014913",
      "created_at" : "Mon Mar 18 09:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Gamma pos