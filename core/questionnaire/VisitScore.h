#pragma once

#include <optional>
#include <vector>

// A score with what it is made of. `score` is empty when nothing applicable was answered.
struct ScoreResult
{
    std::optional<double> score; // 0..100
    double earned = 0;
    double possible = 0;
    bool knockedOut = false;     // zeroed by a failed critical item
};

// The scores of one visit: the visit, every section (in the plan's order) and every question
// (in form order; empty for unscored, hidden, N/A or unanswered questions).
struct VisitScore
{
    ScoreResult visit;
    std::vector<ScoreResult> sections;
    std::vector<ScoreResult> questions;
};
