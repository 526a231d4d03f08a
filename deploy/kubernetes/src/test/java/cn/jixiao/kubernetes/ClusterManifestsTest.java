package cn.jixiao.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * The invariants of the cluster deployment (docs/deploy.md, "Kubernetes"), checked on the committed manifests: what
 * kubectl apply -k deploy/kubernetes would create.
 */
class ClusterManifestsTest {

    private static final String STRIMZI = "kafka.strimzi.io";
    private static final String CNPG = "postgresql.cnpg.io";
    private static final List<String> SERVICES = List.of("budget-service", "evaluation-service", "report-service");
    private static final BigDecimal MEMORY_BUDGET = new BigDecimal(256L * 1024 * 1024);
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|SECRET|TOKEN|PRIVATE|CREDENTIAL).*");

    private static ClusterManifests manifests;

    @BeforeAll
    static void load() {
        manifests = ClusterManifests.load();
    }

    @Test
    void kustomizationListsEveryManifestOfTheDirectoryOnce() {
        List<String> listed = new ArrayList<>(manifests.files);
        ClusterManifests.kustomizationPatches().forEach(patch -> listed.add((String) patch.get("path")));
        assertEquals(listed.size(), new HashSet<>(listed).size(), "listed twice: " + listed);
        assertEquals(ClusterManifests.manifestFiles(), new TreeSet<>(listed));
    }

    @Test
    void everyDeploymentIsPatchedToThePodSecurityStandardRestricted() {
        Map<String, Object> patch = ClusterManifests.kustomizationPatches().stream()
                .filter(candidate -> "restricted-pods.yaml".equals(candidate.get("path")))
                .findFirst().orElseThrow(() -> new AssertionError("restricted-pods.yaml is not a patch"));
        Map<?, ?> target = (Map<?, ?>) patch.get("target");
        assertEquals("Deployment", target.get("kind"));
        String[] selector = ((String) target.get("labelSelector")).split("=");
        for (Deployment deployment : manifests.ofType(Deployment.class)) {
            assertEquals(selector[1], deployment.getMetadata().getLabels().get(selector[0]),
                    deployment.getMetadata().getName() + " is not patched");
            assertEquals(1, deployment.getSpec().getTemplate().getSpec().getContainers().size(),
                    "the patch sets the first container only");
        }
        Map<String, Object> values = new HashMap<>();
        for (Map<String, Object> operation : ClusterManifests.jsonPatch("restricted-pods.yaml")) {
            assertEquals("add", operation.get("op"));
            values.put((String) operation.get("path"), operation.get("value"));
        }
        assertEquals(Map.of("type", "RuntimeDefault"), values.get("/spec/template/spec/securityContext/seccompProfile"));
        assertEquals(Map.of("allowPrivilegeEscalation", false, "capabilities", Map.of("drop", List.of("ALL"))),
                values.get("/spec/template/spec/containers/0/securityContext"));
    }

    @Test
    void theDeploymentsAreTheThreeServices() {
        assertEquals(new TreeSet<>(SERVICES), names(manifests.ofType(Deployment.class)));
    }

    @Test
    void everyContainerIsProbedAndHasMemoryWithinTheBudget() {
        for (Deployment deployment : manifests.ofType(Deployment.class)) {
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                String where = deployment.getMetadata().getName() + "/" + container.getName();
                assertEquals("/q/health/ready", container.getReadinessProbe().getHttpGet().getPath(), where);
                assertEquals("/q/health/live", container.getLivenessProbe().getHttpGet().getPath(), where);
                Quantity limit = container.getResources().getLimits().get("memory");
                Quantity request = container.getResources().getRequests().get("memory");
                assertNotNull(limit, where + " has no memory limit");
                assertNotNull(request, where + " has no memory request");
                assertTrue(Quantity.getAmountInBytes(limit).compareTo(MEMORY_BUDGET) <= 0, where + " limit " + limit);
                assertTrue(Quantity.getAmountInBytes(request).compareTo(Quantity.getAmountInBytes(limit)) <= 0,
                        where + " requests more than its limit");
            }
        }
    }

    @Test
    void everyPodRunsAsNonRoot() {
        for (Deployment deployment : manifests.ofType(Deployment.class)) {
            String where = deployment.getMetadata().getName();
            PodSecurityContext pod = deployment.getSpec().getTemplate().getSpec().getSecurityContext();
            assertEquals(Boolean.TRUE, pod.getRunAsNonRoot(), where);
            assertTrue(pod.getRunAsUser() != null && pod.getRunAsUser() > 0, where + " runs as user " + pod.getRunAsUser());
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                if (container.getSecurityContext() != null) {
                    assertFalse(Long.valueOf(0).equals(container.getSecurityContext().getRunAsUser()), where);
                    assertFalse(Boolean.TRUE.equals(container.getSecurityContext().getPrivileged()), where);
                }
            }
        }
    }

    @Test
    void noSecretIsWrittenIntoTheManifests() throws IOException {
        assertEquals(List.of(), manifests.ofType(Secret.class), "Secrets are created by the operator, not committed");
        for (Deployment deployment : manifests.ofType(Deployment.class)) {
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvVar variable : container.getEnv()) {
                    if (SECRET_NAME.matcher(variable.getName()).matches()) {
                        String where = deployment.getMetadata().getName() + " " + variable.getName();
                        assertNull(variable.getValue(), where + " is written inline");
                        assertNotNull(variable.getValueFrom().getSecretKeyRef(), where + " is not from a Secret");
                    }
                }
            }
        }
        for (ConfigMap configMap : manifests.ofType(ConfigMap.class)) {
            for (String key : configMap.getData().keySet()) {
                assertFalse(SECRET_NAME.matcher(key).matches(), "ConfigMap " + configMap.getMetadata().getName() + " holds " + key);
            }
        }
        for (String file : manifests.files) {
            assertFalse(Files.readString(ClusterManifests.DIRECTORY.resolve(file)).contains("-----BEGIN"),
                    file + " holds a PEM key or certificate");
        }
    }

    @ParameterizedTest
    @CsvSource({"budget-service, budget", "evaluation-service, evaluation", "report-service, report"})
    void eachServiceReadsItsOwnDatabaseWithTheCredentialsOfItsOwner(String service, String database) {
        GenericKubernetesResource cluster = manifests.theOnly(CNPG, "Cluster");
        String clusterName = cluster.getMetadata().getName();
        GenericKubernetesResource owned = manifests.ofKind(CNPG, "Database").stream()
                .filter(resource -> database.equals(resource.get("spec", "name")))
                .findFirst().orElseThrow(() -> new AssertionError("no Database " + database));
        assertEquals(clusterName, owned.get("spec", "cluster", "name"));
        String owner = owned.get("spec", "owner");
        List<Map<String, Object>> roles = cluster.get("spec", "managed", "roles");
        Map<String, Object> role = roles.stream().filter(r -> owner.equals(r.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no managed role " + owner));
        assertEquals("present", role.get("ensure"));
        String roleSecret = (String) ((Map<?, ?>) role.get("passwordSecret")).get("name");

        Map<String, EnvVar> environment = container(service).getEnv().stream()
                .collect(Collectors.toMap(EnvVar::getName, variable -> variable));
        assertEquals("jdbc:postgresql://" + clusterName + "-rw:5432/" + database,
                environment.get("QUARKUS_DATASOURCE_JDBC_URL").getValue());
        for (String[] variableAndKey : new String[][] {{"QUARKUS_DATASOURCE_USERNAME", "username"},
                {"QUARKUS_DATASOURCE_PASSWORD", "password"}}) {
            var reference = environment.get(variableAndKey[0]).getValueFrom().getSecretKeyRef();
            assertEquals(roleSecret, reference.getName(), service + " " + variableAndKey[0]);
            assertEquals(variableAndKey[1], reference.getKey(), service + " " + variableAndKey[0]);
        }
    }

    @Test
    void theTopicsAreTheOnesInTheServicesChannelConfiguration() {
        Set<String> used = new TreeSet<>();
        SERVICES.forEach(service -> used.addAll(ClusterManifests.channelTopics(service)));
        Set<String> declared = manifests.ofKind(STRIMZI, "KafkaTopic").stream()
                .map(topic -> (String) topic.get("spec", "topicName")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("budget.ledger.v1", "budget.ledger.v1.dlq", "evaluation.scores.v1"), used);
        assertEquals(used, declared);
    }

    @Test
    void everyTopicIsReplicatedThreeTimesAndWrittenToTwo() {
        String kafka = manifests.theOnly(STRIMZI, "Kafka").getMetadata().getName();
        for (GenericKubernetesResource topic : manifests.ofKind(STRIMZI, "KafkaTopic")) {
            String where = topic.get("spec", "topicName");
            assertEquals(kafka, topic.getMetadata().getLabels().get("strimzi.io/cluster"), where);
            assertEquals(3, (Integer) topic.get("spec", "replicas"), where);
            assertEquals(2, (Integer) topic.get("spec", "config", "min.insync.replicas"), where);
        }
    }

    @Test
    void theLedgerIsKeptForeverWithAPartitionForEveryEvaluationInstance() {
        GenericKubernetesResource ledger = topic("budget.ledger.v1");
        assertEquals(-1, (Integer) ledger.get("spec", "config", "retention.ms"));
        int partitions = ledger.get("spec", "partitions");
        assertTrue(partitions >= deployment("evaluation-service").getSpec().getReplicas(),
                "fewer partitions than evaluation-service instances");
    }

    @Test
    void theKafkaClusterIsThreeKraftNodesWithReplicationThreeAndMinimumInSyncTwo() {
        GenericKubernetesResource kafka = manifests.theOnly(STRIMZI, "Kafka");
        assertEquals("enabled", kafka.getMetadata().getAnnotations().get("strimzi.io/kraft"));
        assertEquals("enabled", kafka.getMetadata().getAnnotations().get("strimzi.io/node-pools"));
        Map<String, Object> config = kafka.get("spec", "kafka", "config");
        assertEquals(3, config.get("default.replication.factor"));
        assertEquals(2, config.get("min.insync.replicas"));
        assertEquals(3, config.get("offsets.topic.replication.factor"));
        assertEquals(false, config.get("auto.create.topics.enable"));
        int brokers = 0;
        int controllers = 0;
        for (GenericKubernetesResource pool : manifests.ofKind(STRIMZI, "KafkaNodePool")) {
            assertEquals(kafka.getMetadata().getName(), pool.getMetadata().getLabels().get("strimzi.io/cluster"));
            List<String> roles = pool.get("spec", "roles");
            int replicas = pool.get("spec", "replicas");
            brokers += roles.contains("broker") ? replicas : 0;
            controllers += roles.contains("controller") ? replicas : 0;
        }
        assertEquals(3, brokers);
        assertEquals(3, controllers);
    }

    @Test
    void everyServiceKeepsOneInstanceThroughAVoluntaryDisruption() {
        List<PodDisruptionBudget> budgets = manifests.ofType(PodDisruptionBudget.class);
        for (Deployment deployment : manifests.ofType(Deployment.class)) {
            String where = deployment.getMetadata().getName();
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            List<PodDisruptionBudget> covering = budgets.stream()
                    .filter(budget -> podLabels.entrySet().containsAll(
                            budget.getSpec().getSelector().getMatchLabels().entrySet()))
                    .toList();
            assertEquals(1, covering.size(), where + " is covered by " + covering.size() + " disruption budgets");
            int minAvailable = covering.get(0).getSpec().getMinAvailable().getIntVal();
            assertTrue(minAvailable >= 1 && minAvailable < deployment.getSpec().getReplicas(),
                    where + ": " + minAvailable + " of " + deployment.getSpec().getReplicas() + " must stay");
        }
    }

    @Test
    void theServicesFindKafkaAndEachOtherThroughTheSharedConfigMap() {
        Map<String, ConfigMap> configMaps = manifests.ofType(ConfigMap.class).stream()
                .collect(Collectors.toMap(configMap -> configMap.getMetadata().getName(), configMap -> configMap));
        for (String service : SERVICES) {
            for (EnvFromSource source : container(service).getEnvFrom()) {
                assertNotNull(source.getConfigMapRef(), service + " takes its environment only from ConfigMaps");
                assertTrue(configMaps.containsKey(source.getConfigMapRef().getName()), service);
            }
        }
        Map<String, String> shared = configMaps.get("jixiao").getData();
        String kafka = manifests.theOnly(STRIMZI, "Kafka").getMetadata().getName();
        assertEquals(kafka + "-kafka-bootstrap:9092", shared.get("KAFKA_BOOTSTRAP_SERVERS"));
        Set<String> services = names(manifests.ofType(Service.class));
        for (String variable : List.of("BUDGET_SERVICE_URL", "EVALUATION_SERVICE_URL")) {
            assertTrue(services.contains(URI.create(shared.get(variable)).getHost()), variable);
        }
    }

    private static GenericKubernetesResource topic(String name) {
        return manifests.ofKind(STRIMZI, "KafkaTopic").stream()
                .filter(topic -> name.equals(topic.get("spec", "topicName")))
                .findFirst().orElseThrow(() -> new AssertionError("no KafkaTopic " + name));
    }

    private static Deployment deployment(String name) {
        return manifests.ofType(Deployment.class).stream()
                .filter(deployment -> deployment.getMetadata().getName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no Deployment " + name));
    }

    private static Container container(String service) {
        return deployment(service).getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(container -> container.getName().equals(service))
                .findFirst().orElseThrow(() -> new AssertionError("no container " + service));
    }

    private static Set<String> names(List<? extends HasMetadata> resources) {
        return resources.stream().map(resource -> resource.getMetadata().getName())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
