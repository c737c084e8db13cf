#pragma once

#include <QWidget>

class Project;
class QLabel;
class QTreeWidget;

// Beside the assignment board: the selected visit (where, what, when, who), why it has its
// shopper or none (the engine's explanation, once asked for), and its history, newest last,
// with the notes the project managers left.
class VisitDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit VisitDetailPanel(QWidget* parent = nullptr);

    // Shows the visit (-1 or an unknown id: a hint to select one).
    void showVisit(Project* project, qint64 visitId);
    // The engine's explanation of the visit, as rich text; empty: offer to work it out.
    void showExplanation(const QString& html);
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* explanationLabel() const { return m_explanation; }
    QTreeWidget* historyList() const { return m_history; }

signals:
    // The user asked why the visit has its shopper (reading the wave takes a moment).
    void explainRequested();

private:
    QLabel* m_summary;
    QLabel* m_explanationTitle;
    QLabel* m_explanation;
    QTreeWidget* m_history;
};
