#pragma once

#include <QWidget>

class Project;
class QLabel;
class QTreeWidget;

// Beside the reports table: the selected report against its questionnaire (every answer with
// the question's text, the option's label and the shopper's comment), its quality-control flags
// with their evidence, and the reviewers' decisions, newest last.
class ReportDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReportDetailPanel(QWidget* parent = nullptr);

    // Shows the report (0 or an unknown id: a hint to select one).
    void showReport(Project* project, qint64 responseId);
    // The flags of the report as rich text; empty: offer to check the wave's reports.
    void showFlags(const QString& html);

    QLabel* summaryLabel() const { return m_summary; }
    QLabel* flagsLabel() const { return m_flags; }
    QTreeWidget* answerList() const { return m_answers; }
    QTreeWidget* decisionList() const { return m_decisions; }

signals:
    // The user asked for the quality-control flags (the whole wave is checked).
    void checkRequested();

private:
    QLabel* m_summary;
    QLabel* m_flags;
    QTreeWidget* m_answers;
    QTreeWidget* m_decisions;
};
