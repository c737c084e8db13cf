#pragma once

#include <QDialog>

class Project;
class QLineEdit;
class QTableWidget;
class QLabel;

// Chooses the shopper for one visit by hand: the active panel, nearest first (distance from home
// to the location as the crow flies), with their city, rating and how many visits they have in
// the wave already; a search narrows the list by code or city.
class ShopperPickerDialog : public QDialog
{
    Q_OBJECT

public:
    ShopperPickerDialog(Project* project, qint64 visitId, QWidget* parent = nullptr);

    // The chosen shopper's code; empty when none is.
    QString chosenCode() const;
    // Chooses the shopper with this code, as a click on its row would (false: not listed).
    bool choose(const QString& code);
    QString note() const;
    QTableWidget* table() const { return m_table; }

private:
    void filter(const QString& text);

    QLabel* m_heading;
    QLineEdit* m_search;
    QTableWidget* m_table;
    QLineEdit* m_note;
};
