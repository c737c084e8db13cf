#pragma once

#include "shoppers/VisitHistory.h"

#include <QCoreApplication>
#include <QJsonArray>

// A visit history as `shoppers show` and `locations show` print it: one line per visit, newest
// first, or a JSON array.
class VisitHistoryPrinter
{
    Q_DECLARE_TR_FUNCTIONS(VisitHistoryPrinter)

public:
    using Of = VisitHistory::Of;

    static QJsonArray json(const QList<VisitHistory::Entry>& entries);
    static QString text(const QList<VisitHistory::Entry>& entries, Of of);
};
