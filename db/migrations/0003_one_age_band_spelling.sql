-- One spelling of age bands everywhere: the people of a case now use the interview's spelling.
UPDATE persons SET age_band = CASE age_band
  WHEN 'under12' THEN 'under_12'
  WHEN '12-15' THEN '12_15'
  WHEN '16-17' THEN '16_17'
  WHEN '18plus' THEN '18_plus'
  ELSE age_band
END;
