#pragma once

#include "models/VisitHistoryModel.h"

#include <QWidget>

class QLabel;
class QSqlDatabase;
class QTableView;

// The visits of one shopper or one location, newest first, under a line that sums them up
// ("12 visits, the last on 2026-10-04, average score 84.5"); used in the shopper and location
// dialogs.
class VisitHistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit VisitHistoryView(VisitHistory::Of of, QWidget* parent = nullptr);

    // Reads the history of the shopper or location with this code (empty: a new one, no visits).
    void load(const QSqlDatabase& db, const QString& code);

    QLabel* summaryLabel() const { return m_summary; }
    QTableView* table() const { return m_table; }
    VisitHistoryModel* model() const { return m_model; }

private:
    VisitHistory::Of m_of;
    VisitHistoryModel* m_model;
    QLabel* m_summary;
    QTableView* m_table;
};
