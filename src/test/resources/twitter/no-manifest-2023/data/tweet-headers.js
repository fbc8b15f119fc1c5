window.YTD.tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "1664240374381582623",
      "user_id" : "1029384756102938475",
      "created_at" : "Thu Jun 01 12:00:00 +0000 2023"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1656954868332326789",
      "user_id" : "1029384756102938475",
      "created_at" : "Fri May 12 09:30:00 +0000 2023"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1631682089582588336",
      "user_id" : "1029384756102938475",
      "created_at" : "Fri Mar 03 15:45:00 +0000 2023"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1610957073021938810",
      "user_id" : "1029384756102938475",
      "created_at" : "Thu Jan 05 11:11:11 +0000 2023"
    }
  }
]