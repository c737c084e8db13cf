#pragma once

#include <QWidget>

class Project;
class QLabel;
class QTreeWidget;

// Beside the assignment board: the selected visit (where, what, when, who) and its history,
// newest last, with the notes the project managers left.
class VisitDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit VisitDetailPanel(QWidget* parent = nullptr);

    // Shows the visit (-1 or an unknown id: a hint to select one).
    void showVisit(Project* project, qint64 visitId);
    QLabel* summaryLabel() const { return m_summary; }
    QTreeWidget* historyList() const { return m_history; }

private:
    QLabel* m_summary;
    QTreeWidget* m_history;
};
