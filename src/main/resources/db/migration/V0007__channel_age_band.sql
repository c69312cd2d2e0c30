-- Who a channel is for, so young people are told what happens to what they write in words for their age.
ALTER TABLE feedback_channel ADD COLUMN age_band VARCHAR(16) NULL;
