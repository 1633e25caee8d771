-- The seeded holidays cite their source in Thai, the language of the cabinet's documents and of the
-- office (issue 8, finding 19: the Thai page showed "cabinet list 2026"). Only the seeded wording
-- changes; a reference an administrator typed stays as typed.
update holiday set reference = 'ประกาศวันหยุดราชการประจำปี 2569 ตามมติคณะรัฐมนตรี'
 where reference = 'cabinet list 2026';
update holiday set reference = 'ประกาศวันหยุดราชการประจำปี 2569 ตามมติคณะรัฐมนตรี (ตรงกับวันเสาร์)'
 where reference = 'cabinet list 2026 (falls on Saturday)';
update holiday set reference = 'ประกาศวันหยุดราชการประจำปี 2569 ตามมติคณะรัฐมนตรี (ตรงกับวันอาทิตย์)'
 where reference = 'cabinet list 2026 (falls on Sunday)';
update holiday set reference = 'มติคณะรัฐมนตรี 12 พฤศจิกายน 2567'
 where reference = 'cabinet resolution 12 Nov 2024';
update holiday set reference = 'คำนวณล่วงหน้า รอประกาศของคณะรัฐมนตรี'
 where reference = 'computed';
update holiday set reference = 'คำนวณล่วงหน้า รอประกาศของคณะรัฐมนตรี (ตรงกับวันเสาร์)'
 where reference = 'computed (falls on Saturday)';
update holiday set reference = 'คำนวณล่วงหน้า รอประกาศของคณะรัฐมนตรี (ตรงกับวันอาทิตย์)'
 where reference = 'computed (falls on Sunday)';
update holiday set reference = 'คำนวณล่วงหน้า ยังไม่มีประกาศ'
 where reference = 'computed; not yet announced';
update holiday set reference = 'ไม่ใช่วันหยุดราชการ'
 where reference = 'not a government holiday';
