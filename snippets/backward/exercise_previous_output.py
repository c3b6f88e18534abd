import torch

torch.manual_seed(0)

model = torch.nn.Linear(2, 2)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.randn(4, 2)

previous = torch.zeros(4, 2)
for iteration in range(1, 4):
    out = model(x)
    loss = (out - previous).pow(2).mean()
    optimizer.zero_grad()
    try:
        loss.backward()
    except RuntimeError as e:
        print(f"iteration {iteration}: {type(e).__name__}: {str(e).split(' (')[0]}")
        break
    optimizer.step()
    previous = out
    print(f"iteration {iteration}: loss {loss.item():.4f}")
