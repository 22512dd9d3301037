/** A French rent receipt (quittance de loyer) as a text layer: its heading and its payment line vary. */
export const quittance = (title = 'Quittance de loyer', paid = 'Date du paiement : 4 avril 2026 (virement).') => `${title}
Période : avril 2026

Bailleur : Mme Odile Perrin                                    Locataire : M. Karim Benali
14 rue des Tanneurs                                            3 place du Marché
44000 Nantes                                                   44000 Nantes

Je soussignée Odile Perrin, propriétaire du logement désigné ci-dessus, déclare avoir reçu de M. Karim Benali la
somme de 640,00 euros au titre du paiement du loyer et des charges pour la période du 1er avril 2026 au 30 avril 2026.
Détail du règlement                                                                                        Montant
Loyer                                                                                                    590,00 €
Provision pour charges                                                                                     50,00 €
Total                                                                                                    640,00 €

${paid}

Cette quittance annule tous les reçus qui auraient pu être donnés pour acompte versé sur la présente échéance.
                                                                                      Fait à Nantes, le 6 avril 2026
                                                                                                        O. Perrin`;
