-- Joldama schema, version 16: the ages a category of citizens sent for treatment abroad covers, in full
-- years (NULL: no bound). An applicant older or younger than the category allows is refused (a 20-year-old
-- was accepted as a child). The starter list's "children under 18" covers 0 to 17.
ALTER TABLE abroad_category ADD COLUMN min_age INTEGER CHECK (min_age IS NULL OR min_age BETWEEN 0 AND 150);
ALTER TABLE abroad_category ADD COLUMN max_age INTEGER CHECK (max_age IS NULL OR max_age BETWEEN 0 AND 150);
UPDATE abroad_category SET max_age = 17 WHERE code = 'children' AND max_age IS NULL;
