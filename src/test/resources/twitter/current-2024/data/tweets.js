window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1792602233241314936"
          ],
          "editableUntil" : "2024-05-20T18:04:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Casey Fixture",
            "screen_name" : "casey_fixture",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1188776655443322110",
            "id" : "1188776655443322110"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1792598659693711742",
      "id_str" : "1792602233241314936",
      "in_reply_to_user_id" : "1188776655443322110",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1792602233241314936",
      "in_reply_to_status_id" : "1792598659693711742",
      "created_at" : "Mon May 20 17:04:12 +0000 2024",
      "favorited" : false,
      "full_text" : "@casey_fixture Thanks for the kind words! See you at the spring fair.",
      "lang" : "en",
      "in_reply_to_screen_name" : "casey_fixture",
      "in_reply_to_user_id_str" : "1188776655443322110"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1786032896211749419"
          ],
          "editableUntil" : "2024-05-02T15:00:00.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/fxNote01a",
            "expanded_url" : "https://twitter.com/i/web/status/1786032896211749419",
            "display_url" : "twitter.com/i/web/status/1…",
            "indices" : [
              "270",
              "292"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "269"
      ],
      "favorite_count" : "0",
      "id_str" : "1786032896211749419",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1786032896211749419",
      "possibly_sensitive" : false,
      "created_at" : "Thu May 02 14:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Spring fair update for families: the fair runs from 10 to 3 on Saturday in the school gym. There will be a reading corner, a craft table, face painting and a bake sale run by the parent group. Parking is free in the north lot and bikes can be locked by the main doors.… https://t.co/fxNote01a",
      "lang" : "en"
    }
  }
]