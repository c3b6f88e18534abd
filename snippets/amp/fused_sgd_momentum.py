import torch
from torch import nn

torch.manual_seed(0)

x = torch.randn(64, 4)
y = x @ torch.tensor([[1.0], [-2.0], [0.5], [3.0]])


def train(fused):
    torch.manual_seed(1)
    model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 1))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9, fused=fused)
    scaler = torch.amp.GradScaler("cpu")
    weight = model[0].weight
    for step in range(1, 4):
        optimizer.zero_grad()
        with torch.autocast("cpu", dtype=torch.float16):
            loss = nn.functional.mse_loss(model(x), y)
        scaler.scale(loss).backward()
        scale = scaler.get_scale()
        scaler.step(optimizer)
        scaler.update()
        update = "skipped" if scaler.get_scale() < scale else "applied"
        buffer = optimizer.state[weight].get("momentum_buffer")  # (1)!
        in_buffer = "none" if buffer is None else f"{buffer.isnan().sum()} NaN"
        print(
            f"  step {step}: update {update}; momentum_buffer: {in_buffer}; "
            f"weight: {weight.isnan().sum()} NaN of {weight.numel()}"
        )


torch.use_deterministic_algorithms(True)  # (2)!
try:
    for fused in (False, True):
        print(f"SGD(momentum=0.9, fused={fused})")
        train(fused)
finally:
    torch.use_deterministic_algorithms(False)  # (3)!
