window.YTD.tweets.part1 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1841085782819238713"
          ],
          "editableUntil" : "2024-10-01T13:00:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FluSeason",
            "indices" : [
              "133",
              "143"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "11",
      "id_str" : "1841085782819238713",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1841085782819238713",
      "created_at" : "Tue Oct 01 12:00:31 +0000 2024",
      "favorited" : false,
      "full_text" : "Flu shots now available at Riverbend Pediatrics! Call (555) 201-4400 to book. Walk-in clinics Saturdays 9–12 &amp; weekday evenings. #FluSeason",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1837171159204726133"
          ],
          "editableUntil" : "2024-09-20T17:45:12.000Z",
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
            "name" : "Ana Lucía Herrera",
            "screen_name" : "analu_herrera",
            "indices" : [
              "8",
              "22"
            ],
            "id_str" : "1620458391726641152",
            "id" : "1620458391726641152"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "8",
      "id_str" : "1837171159204726133",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1837171159204726133",
      "created_at" : "Fri Sep 20 16:45:12 +0000 2024",
      "favorited" : false,
      "full_text" : "Gracias @analu_herrera por la invitación a la feria de salud comunitaria del sábado. ¡Nos vemos en el parque Lincoln con todo el equipo de Riverbend!",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1779164572415318308"
          ],
          "editableUntil" : "2024-04-13T16:07:44.000Z",
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
            "name" : "James Whitfield",
            "screen_name" : "jwhitfield_runs",
            "indices" : [
              "15",
              "31"
            ],
            "id_str" : "917364820193456128",
            "id" : "917364820193456128"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "23",
      "id_str" : "1779164572415318308",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1779164572415318308",
      "created_at" : "Sat Apr 13 15:07:44 +0000 2024",
      "favorited" : false,
      "full_text" : "Huge thanks to @jwhitfield_runs and everyone who ran the Riverbend Charity 5K this morning! $4,200 raised for our clinic's book-sharing program 📚🏃",
      "lang" : "en"
    }
  }
]