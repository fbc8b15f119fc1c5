window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934279732229046312"
          ],
          "editableUntil" : "2025-06-15T17:00:00.000Z",
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
            "name" : "Lorraine Pike",
            "screen_name" : "lorrainepk",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "63340918",
            "id" : "63340918"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "3",
      "id_str" : "1934279732229046312",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1934279732229046312",
      "created_at" : "Sun Jun 15 16:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@lorrainepk Lorraine, the lisinopril went to the CVS on 5th this morning. Keep checking your BP at home and send me the numbers!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1934000000000000004",
      "in_reply_to_status_id" : "1934000000000000004",
      "in_reply_to_user_id" : "63340918",
      "in_reply_to_screen_name" : "lorrainepk",
      "in_reply_to_user_id_str" : "63340918"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928058740536246311"
          ],
          "editableUntil" : "2025-05-29T13:00:00.000Z",
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
            "name" : "Kev",
            "screen_name" : "curious_kev",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1333444555666777888",
            "id" : "1333444555666777888"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "3",
      "id_str" : "1928058740536246311",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1928058740536246311",
      "created_at" : "Thu May 29 12:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@curious_kev Generally most adults need a tetanus booster every 10 years. Your own doctor can check your records.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1928000000000000003",
      "in_reply_to_status_id" : "1928000000000000003",
      "in_reply_to_user_id" : "1333444555666777888",
      "in_reply_to_screen_name" : "curious_kev",
      "in_reply_to_user_id_str" : "1333444555666777888"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922783983825846310"
          ],
          "editableUntil" : "2025-05-14T23:40:00.000Z",
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
        "76"
      ],
      "favorite_count" : "3",
      "id_str" : "1922783983825846310",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1922783983825846310",
      "created_at" : "Wed May 14 22:40:00 +0000 2025",
      "favorited" : false,
      "full_text" : "This EHR update is going to give me a stroke. 47 clicks to order a flu shot.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914952379397046309"
          ],
          "editableUntil" : "2025-04-23T09:00:00.000Z",
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
            "name" : "Cedar Hollow Mom",
            "screen_name" : "hollowmom3",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1445566778899001122",
            "id" : "1445566778899001122"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "3",
      "id_str" : "1914952379397046309",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1914952379397046309",
      "created_at" : "Wed Apr 23 08:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@hollowmom3 Thank you so much! Glad the sunscreen video helped 😊",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1914600000000000002",
      "in_reply_to_status_id" : "1914600000000000002",
      "in_reply_to_user_id" : "1445566778899001122",
      "in_reply_to_screen_name" : "hollowmom3",
      "in_reply_to_user_id_str" : "1445566778899001122"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909715371422646308"
          ],
          "editableUntil" : "2025-04-08T22:10:00.000Z",
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
            "name" : "Walter Kowalski",
            "screen_name" : "walt_kowalski48",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "2938475610",
            "id" : "2938475610"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "3",
      "id_str" : "1909715371422646308",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909715371422646308",
      "created_at" : "Tue Apr 08 21:10:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@walt_kowalski48 Walter, glad the new water pill schedule is working for you. See you at your 3 month check!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1908200000000000001",
      "in_reply_to_status_id" : "1908200000000000001",
      "in_reply_to_user_id" : "2938475610",
      "in_reply_to_screen_name" : "walt_kowalski48",
      "in_reply_to_user_id_str" : "2938475610"
    }
  }
]