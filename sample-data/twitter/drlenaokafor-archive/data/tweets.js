window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1996600424921594822"
          ],
          "editableUntil" : "2025-12-04T16:20:11.000Z",
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
            "name" : "Riverbend County Health",
            "screen_name" : "RiverbendCoHealth",
            "indices" : [
              "3",
              "21"
            ],
            "id_str" : "1204485570923311104",
            "id" : "1204485570923311104"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "1996600424921594822",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1996600424921594822",
      "created_at" : "Thu Dec 04 15:20:11 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RiverbendCoHealth: Free car-seat safety checks this Saturday at Fire Station 3, 10am–2pm. No appointment needed &amp; it takes about 20…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1979634104531131767"
          ],
          "editableUntil" : "2025-10-18T20:42:05.000Z",
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
            "name" : "Maria Gonzalez",
            "screen_name" : "maria_g_1987",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1486930217745367041",
            "id" : "1486930217745367041"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1979631483092819082",
      "id_str" : "1979634104531131767",
      "in_reply_to_user_id" : "1486930217745367041",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1979634104531131767",
      "in_reply_to_status_id" : "1979631483092819082",
      "created_at" : "Sat Oct 18 19:42:05 +0000 2025",
      "favorited" : false,
      "full_text" : "@maria_g_1987 Sorry to hear Sofia's fever is back — please DM or call the office at 555-201-4400 so we can talk privately.",
      "lang" : "en",
      "in_reply_to_screen_name" : "maria_g_1987",
      "in_reply_to_user_id_str" : "1486930217745367041"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897649227038394282"
          ],
          "editableUntil" : "2025-03-06T15:03:27.000Z",
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
            "url" : "https://t.co/Mz4QpL7vXe",
            "expanded_url" : "https://www.cdc.gov/measles/",
            "display_url" : "cdc.gov/measles/",
            "indices" : [
              "75",
              "98"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "14",
      "id_str" : "1897649227038394282",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1897649227038394282",
      "possibly_sensitive" : false,
      "created_at" : "Thu Mar 06 14:03:27 +0000 2025",
      "favorited" : false,
      "full_text" : "New CDC data: measles cases are up this year. Check your kids' MMR status. https://t.co/Mz4QpL7vXe",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1859420381639927668"
          ],
          "editableUntil" : "2024-11-21T03:15:40.000Z",
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
            "name" : "Sam Patel, MD",
            "screen_name" : "DrSamPatel",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1098273645501923328",
            "id" : "1098273645501923328"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "164"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1859415944068581463",
      "id_str" : "1859420381639927668",
      "in_reply_to_user_id" : "1098273645501923328",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1859420381639927668",
      "in_reply_to_status_id" : "1859415944068581463",
      "created_at" : "Thu Nov 21 02:15:40 +0000 2024",
      "favorited" : false,
      "full_text" : "@DrSamPatel amoxicillin is still first line for most uncomplicated AOM in kids, agreed. Save the broader-spectrum stuff for treatment failures &amp; true allergies.",
      "lang" : "en",
      "in_reply_to_screen_name" : "DrSamPatel",
      "in_reply_to_user_id_str" : "1098273645501923328"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1857053368122834508"
          ],
          "editableUntil" : "2024-11-14T14:30:00.000Z",
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
            "url" : "https://t.co/Rv8nTq2LsW",
            "expanded_url" : "https://twitter.com/i/web/status/1857053368122834508",
            "display_url" : "twitter.com/i/web/status/1…",
            "indices" : [
              "270",
              "293"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "269"
      ],
      "favorite_count" : "41",
      "id_str" : "1857053368122834508",
      "truncated" : false,
      "retweet_count" : "22",
      "id" : "1857053368122834508",
      "possibly_sensitive" : false,
      "created_at" : "Thu Nov 14 13:30:00 +0000 2024",
      "favorited" : false,
      "full_text" : "RSV season is here, and every fall I get the same questions from parents, so here is the short version.\n\nRSV is a common winter virus. For most kids it is a bad cold, but for young babies it can cause bronchiolitis and trouble breathing.\n\nWhat helps: wash hands often,… https://t.co/Rv8nTq2LsW",
      "lang" : "en"
    }
  }
]