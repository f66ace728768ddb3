package org.judgementsupport.system;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Multipart bodies (a CSV moderation batch, uploaded rule files) are held to the service's own limit on a batch,
 * {@link RequestLimits#maxBatchBody()}, instead of limits of their own in {@code spring.servlet.multipart.*}: one
 * setting says how large any upload may be, and the rule-file limits ({@code judgement-support.rule-set.uploads.*})
 * are tighter still within it.
 */
@Configuration(proxyBeanMethods = false)
class UploadSizeConfiguration {

    @Bean
    MultipartConfigElement multipartConfigElement(RequestLimits limits) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(limits.maxBatchBody());
        factory.setMaxRequestSize(limits.maxBatchBody());
        return factory.createMultipartConfig();
    }
}
