window.YTD.tweets.part1 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903386166686646307"
          ],
          "editableUntil" : "2025-03-22T11:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "AAFP2025",
            "indices" : [
              "17",
              "26"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "3",
      "id_str" : "1903386166686646307",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1903386166686646307",
      "created_at" : "Sat Mar 22 10:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Great session at #AAFP2025 on deprescribing in older adults: benzos and anticholinergics top the list. Slides linked 👇",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1896266755077046306"
          ],
          "editableUntil" : "2025-03-02T19:30:00.000Z",
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
        "137"
      ],
      "favorite_count" : "3",
      "id_str" : "1896266755077046306",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1896266755077046306",
      "created_at" : "Sun Mar 02 18:30:00 +0000 2025",
      "favorited" : false,
      "full_text" : "My dad's knee replacement went great this morning, he's already bossing the nurses around 😂 Grateful for the ortho team at St. Brigid's 🙏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1894009380664246305"
          ],
          "editableUntil" : "2025-02-24T14:00:00.000Z",
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
        "154"
      ],
      "favorite_count" : "3",
      "id_str" : "1894009380664246305",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1894009380664246305",
      "created_at" : "Mon Feb 24 13:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Cedar Hollow Family Medicine is closed Thursday for the holiday. Urgent issues: our on-call line is (555) 318-2299. Refill requests can wait until Friday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1889328537400246304"
          ],
          "editableUntil" : "2025-02-11T16:00:00.000Z",
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
        "137"
      ],
      "favorite_count" : "3",
      "id_str" : "1889328537400246304",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1889328537400246304",
      "created_at" : "Tue Feb 11 15:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "New USPSTF draft: start colorectal cancer screening at 45. If you're 45-49 and haven't been screened, ask about it at your next physical.",
      "lang" : "en"
    }
  }
]