window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1808923729721853941"
          ],
          "editableUntil" : "2024-07-04T19:00:00.000Z",
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
        "50"
      ],
      "favorite_count" : "0",
      "id_str" : "1808923729721853941",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1808923729721853941",
      "created_at" : "Thu Jul 04 18:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Potluck tonight: mac &amp; cheese, salad &amp; pie",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1808470744891141957"
          ],
          "editableUntil" : "2024-07-03T13:00:00.000Z",
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
        "19"
      ],
      "favorite_count" : "0",
      "id_str" : "1808470744891141957",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1808470744891141957",
      "created_at" : "Wed Jul 03 12:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "We &lt;3 our nurses",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1808108357024834645"
          ],
          "editableUntil" : "2024-07-02T13:00:00.000Z",
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
        "21"
      ],
      "favorite_count" : "0",
      "id_str" : "1808108357024834645",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1808108357024834645",
      "created_at" : "Tue Jul 02 12:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "5 &gt; 3 and 3 &lt; 5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1807745969158099011"
          ],
          "editableUntil" : "2024-07-01T13:00:00.000Z",
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
        "48"
      ],
      "favorite_count" : "0",
      "id_str" : "1807745969158099011",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1807745969158099011",
      "created_at" : "Mon Jul 01 12:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Tip: in HTML, type &amp;times; to get the × sign",
      "lang" : "en"
    }
  }
]