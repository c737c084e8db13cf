#pragma once

#include <QString>

// A small programme with a known sample plan, for the plan summary's tests (core, CLI, window).
//
// Geography: Latvia > Rīga > Centrs (an area), Latvia > Kurzeme, Norway > Oslo.
// Locations: LV-001 (visit, in the area Centrs, so region Rīga), LV-002 (visit, region Rīga),
// LV-003 (call, Kurzeme), NO-001 (visit, Oslo), XX-WEB (web, no geography).
// Scenarios: MORTGAGE (fee 35.50, "First-home mortgage") and COMPLAINT (fee 12).
// Waves: W2027-01 "January 2027" and W2027-02 "February 2027" (later).
// Visits of W2027-01 (not cancelled): LV-001 3 × MORTGAGE (one of them approved) plus one
// cancelled, LV-002 2 × MORTGAGE, LV-003 4 × COMPLAINT, NO-001 1 × MORTGAGE, XX-WEB 2 × COMPLAINT:
// 12 visits, budget 285.00. W2027-02: LV-001 5 × MORTGAGE, 177.50. Small-base threshold: 5.
QString writePlanProject(const QString& path);
