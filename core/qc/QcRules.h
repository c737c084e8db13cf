#pragma once

// The thresholds of the automatic quality-control flags (docs/results.md, "Quality control").
// Chosen so that an honest report rarely trips them; each is a starting point for a reviewer's
// look, not a verdict.
struct QcRules
{
    double shortFactor = 0.5;       // a visit under half the scenario's expected minutes
    double longFactor = 3.0;        // or over three times them
    // Copied answers: this share of the questions either report answered, answered alike, with
    // every free text and comment both wrote word for word the same.
    double duplicateShare = 0.95;
    int duplicateMinimum = 10;      // questions both answered, for the share to mean something
    // Answers alike that are not the wave's most common answer to the question: two excellent
    // visits both answer "yes" throughout without copying anything.
    int duplicateUnusualMinimum = 3;
    double travelKmPerHour = 50;    // between two visits of one shopper on one day
    int allYesMinimum = 8;          // yes/no questions answered, for "every one yes" to be odd
    double naShare = 0.8;           // of the questions that allow N/A
    int naMinimum = 5;
    // ... and this much above the usual share of the scenario's reports in the wave (its
    // median): a web enquiry answers the branch questions N/A as a matter of course.
    double naAboveUsual = 0.3;
};
