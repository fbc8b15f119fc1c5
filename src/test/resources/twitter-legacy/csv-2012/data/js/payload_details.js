var payload_details =  {
  "tweets" : 3,
  "created_at" : "2012-10-01 08:00:00 +0000",
  "lang" : "en"
}