var user_details =  {
  "screen_name": "DrGailHarmon",
  "location": "Millbrook, PA",
  "full_name": "Gail Harmon, MD",
  "bio": "Pediatrician",
  "id": "18273645",
  "created_at": "2009-03-02 14:00:00 +0000"
}