#pragma once

#include <QDialog>

class AssignmentSession;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// Chooses the shopper for one visit by hand from those the assignment rules allow, cheapest
// first as the engine counts the cost (travel, fee, workload, rating, the region manager), with
// what each choice weighs against. Typing the code of a shopper who is not listed says which
// hard rule keeps them out.
class ShopperPickerDialog : public QDialog
{
    Q_OBJECT

public:
    // visit: an index into session.problem().visits.
    ShopperPickerDialog(const AssignmentSession& session, int visit, QWidget* parent = nullptr);

    // The chosen shopper's code; empty when none is.
    QString chosenCode() const;
    // Chooses the listed shopper with this code, as a click on its row would (false: not listed).
    bool choose(const QString& code);
    // Types into the search, as the user would.
    void search(const QString& text);
    QString note() const;
    QTableWidget* table() const { return m_table; }
    // What the dialog says about the chosen or typed shopper (warnings, or why one is refused).
    QString verdictText() const;

private:
    void filter(const QString& text);
    void showVerdict();

    const AssignmentSession& m_session;
    int m_visit;
    QLabel* m_heading;
    QLineEdit* m_search;
    QTableWidget* m_table;
    QLabel* m_verdict;
    QLineEdit* m_note;
    QPushButton* m_assign;
};
