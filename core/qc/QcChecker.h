#pragma once

#include "QcFlag.h"
#include "QcRules.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>
#include <vector>

// The automatic quality-control flags of a wave's reports (every visit with a response:
// submitted, approved or rejected), each with its evidence: duration, dates and opening hours,
// copied answers, visits of one shopper too close together for the distance between them,
// every standard met or nearly everything N/A, required comments missing, numbers out of range.
// Reads only; the review queue shows the flags and the reviewer decides.
class QcChecker
{
    Q_DECLARE_TR_FUNCTIONS(QcChecker)

public:
    // Flags by response id, then kind; nothing (with *error) when the file cannot be read.
    static std::optional<std::vector<QcFlag>> check(const QSqlDatabase& db, qint64 waveId, const QcRules& rules, QString* error);
};
