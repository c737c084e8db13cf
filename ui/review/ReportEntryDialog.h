#pragma once

#include "reports/ReportEntry.h"

#include <QDialog>

class Project;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QuestionnairePreview;

// A clerk types one visit's report: the visit's questionnaire in the report's language (the
// QuestionnairePreview form, keyboard first, running score on top), the visit's date, time,
// duration and who served the shopper (a description only where the programme forbids staff
// names), and the shopper's general comment. "Save draft" keeps it unsubmitted; "Submit" checks
// mandatory questions and required comments, then hands it to review. Each is one undo step.
class ReportEntryDialog : public QDialog
{
    Q_OBJECT

public:
    ReportEntryDialog(Project* project, ReportEntry entry, QWidget* parent = nullptr);
    ~ReportEntryDialog() override;

    // Opens the visit's report for entry, modal; a visit that cannot have one is explained.
    // True when a report was saved.
    static bool enter(QWidget* parent, Project* project, qint64 visitId);

    // What the buttons do, callable by tests. False with the problems shown when refused.
    bool saveDraft();
    bool submit();
    // The report as the dialog has it now.
    ReportEntry::Report report() const;
    bool isModified() const;

    QuestionnairePreview* form() const { return m_form; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* timeEdit() const { return m_time; }
    QSpinBox* minutesEdit() const { return m_minutes; }
    QLineEdit* staffEdit() const { return m_staff; }
    QLineEdit* commentEdit() const { return m_comment; }
    QPushButton* draftButton() const { return m_draftButton; }
    QPushButton* submitButton() const { return m_submitButton; }
    QLabel* problemsLabel() const { return m_problems; }

public slots:
    void reject() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool save(bool submitting);
    void showProblems(const QList<ReportEntry::Problem>& problems);
    void updateStatus();

    Project* m_project;
    ReportEntry m_entry;
    ReportEntry::Report m_saved; // what the file holds, to tell unsaved changes

    QuestionnairePreview* m_form;
    QDateEdit* m_date;
    QLineEdit* m_time;
    QSpinBox* m_minutes;
    QLineEdit* m_staff;
    QLineEdit* m_comment;
    QLabel* m_state;
    QLabel* m_missing;
    QLabel* m_problems;
    QPushButton* m_draftButton;
    QPushButton* m_submitButton;
    QPushButton* m_closeButton;
};
