var payload_details =  {
  "tweets" : 6,
  "created_at" : "2014-02-10 08:00:00 +0000",
  "lang" : "en"
}