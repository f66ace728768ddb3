package org.judgementsupport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Judgement Support: provisional graded judgements for inspections of English local authority children's services,
 * made by rules that policy staff own.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JudgementSupportApplication {

    public static void main(String[] args) {
        SpringApplication.run(JudgementSupportApplication.class, args);
    }
}
