/** English words of the story's section "deaths-in-custody": heading, share description and prose. Every key starts with "story.deaths-in-custody.". */
export default {
  "story.deaths-in-custody.title": "Deaths in custody",
  "story.deaths-in-custody.description":
    "People have died in state custody since the first weeks of the state of exception. The government publishes no toll, so human-rights groups count the deaths they can verify.",
  "story.deaths-in-custody.no-toll":
    "People have died in state custody since the first weeks of the state of exception. The government has not published a death toll. Human-rights groups count the deaths they can verify, each with its own method, and their numbers differ.",
  "story.deaths-in-custody.deaths-cristosal":
    "Cristosal, a human-rights organisation, counted {n:deaths-cristosal-2023-04} deaths in custody by the end of April 2023, just over a year into the state of exception ([its report](source:cristosal_2023)), of which it classed {n:deaths-violent-cristosal-2023-04} as violent from forensic records or photographs. By April 2024 its count had reached {n:deaths-cristosal-2024-04}, infants included.",
  "story.deaths-in-custody.deaths-sjh":
    "Socorro Jurídico Humanitario, another group, keeps a running tally. It had confirmed {n:deaths-sjh-2024-04} deaths by April 2024 and {n:deaths-sjh-2025-10} by the end of October 2025. In April 2025 it classed {n:deaths-violent-share-sjh-2025-04} per cent of the deaths it had recorded as violent and {n:deaths-negligence-share-sjh-2025-04} per cent as the result of medical neglect. It says the true total could be far higher.",
  "story.deaths-in-custody.deaths-all":
    "Other organisations, counting at other times and by other methods, reached other totals: {n:deaths-movir-2023-12} for the victims' movement Movir and at least {n:deaths-amnesty-2023-12} for Amnesty International by the end of 2023. The Attorney General, Rodolfo Delgado, said in June 2023 that {n:deaths-cases-archived} death cases had been closed as involving no crime. None of these deaths is counted as a homicide.",
  "story.deaths-in-custody.testimony":
    "Behind the counts are testimonies. In a joint report in December 2022, Human Rights Watch and Cristosal said they had documented arbitrary arrests, enforced disappearances and torture in the first months of the state of exception ([Human Rights Watch](source:hrw_2022_12_07)). People released from prison told Cristosal of beatings on arrival, electric shocks, pepper spray, overcrowded cells, too little water and food thrown on the floor ([TVM](source:tvm-2023-05-29)). Amnesty International, drawing on {n:amnesty-interviews} interviews, concluded in December 2023 that torture and ill-treatment in the prisons were systematic. When Cristosal presented a later report, in July 2024, government officials denied that detainees are tortured, according to El Salvador Now, a site that translates Salvadoran reporting ([El Salvador Now](source:elsalvadornow-2024-07-24)).",
};
