window.YTD.tweet.part0 = [ {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "KVNR News",
        "screen_name" : "KVNRnews",
        "indices" : [ "0", "9" ],
        "id_str" : "25073877",
        "id" : "25073877"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "136" ],
    "favorite_count" : "3",
    "id_str" : "1238768079467446385",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1238768079467446385",
    "created_at" : "Sat Mar 14 10:05:00 +0000 2020",
    "favorited" : false,
    "full_text" : "@KVNRnews Happy to help. Pregnant women should follow the same handwashing advice as everyone else and call their own OB with questions.",
    "lang" : "en",
    "in_reply_to_status_id_str" : "1238700000000000012",
    "in_reply_to_status_id" : "1238700000000000012",
    "in_reply_to_user_id" : "25073877",
    "in_reply_to_screen_name" : "KVNRnews",
    "in_reply_to_user_id_str" : "25073877"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Lupe Ramírez",
        "screen_name" : "lupe_r_mtz",
        "indices" : [ "0", "11" ],
        "id_str" : "1029384756473829101",
        "id" : "1029384756473829101"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "132" ],
    "favorite_count" : "3",
    "id_str" : "1238172907729846384",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1238172907729846384",
    "created_at" : "Thu Mar 12 18:40:00 +0000 2020",
    "favorited" : false,
    "full_text" : "@lupe_r_mtz ¡Felicidades Lupe! Qué bueno que la cesárea salió bien y Mateo ya está comiendo. Nos vemos en su revisión de 6 semanas 💕",
    "lang" : "es",
    "in_reply_to_status_id_str" : "1237800000000000011",
    "in_reply_to_status_id" : "1237800000000000011",
    "in_reply_to_user_id" : "1029384756473829101",
    "in_reply_to_screen_name" : "lupe_r_mtz",
    "in_reply_to_user_id_str" : "1029384756473829101"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "124" ],
    "favorite_count" : "3",
    "id_str" : "1232757222405046383",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1232757222405046383",
    "created_at" : "Wed Feb 26 20:00:00 +0000 2020",
    "favorited" : false,
    "full_text" : "Reproductive health hearing at the capitol today. Whatever your views, please read the bill before you share memes about it.",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "98" ],
    "favorite_count" : "3",
    "id_str" : "1224316605035446382",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1224316605035446382",
    "created_at" : "Mon Feb 03 13:00:00 +0000 2020",
    "favorited" : false,
    "full_text" : "Our clinic now offers Saturday prenatal visits! Call (555) 772-0140 to schedule. Hablamos español.",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "SaludMaterna",
        "indices" : [ "136", "149" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "149" ],
    "favorite_count" : "3",
    "id_str" : "1217491633566646381",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1217491633566646381",
    "created_at" : "Wed Jan 15 17:00:00 +0000 2020",
    "favorited" : false,
    "full_text" : "Nueva guía: el ácido fólico se recomienda desde antes del embarazo, no solo cuando ya está embarazada. Pregunte en su próxima consulta. #SaludMaterna",
    "lang" : "es"
  }
} ]